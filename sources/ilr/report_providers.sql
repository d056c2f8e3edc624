select * from report_providers order by ukprn
