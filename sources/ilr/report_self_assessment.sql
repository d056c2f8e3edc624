select * from report_self_assessment order by ukprn, check_order
