select * from report_data_quality order by collection_year, ukprn, rule_id, severity
