select * from report_provider_data_quality order by collection_year, ukprn
