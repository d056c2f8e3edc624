select * from report_minimum_standards order by hybrid_end_year, ukprn nulls first, programme_key
