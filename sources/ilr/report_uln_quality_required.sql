select * from report_uln_quality_required order by collection_year, ukprn nulls first
