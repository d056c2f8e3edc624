select * from report_possible_claims order by year, ukprn nulls first, qualification_ref
