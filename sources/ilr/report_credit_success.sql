select * from report_credit_success order by hybrid_end_year, ukprn nulls first
