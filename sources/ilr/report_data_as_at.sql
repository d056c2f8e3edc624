select * from report_data_as_at order by ukprn nulls first
