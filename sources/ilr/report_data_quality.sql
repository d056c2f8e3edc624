select * from report_data_quality order by collection_year, ukprn nulls first, rule_id, severity
