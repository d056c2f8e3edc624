select * from report_uln_quality order by collection_year, ukprn nulls first
