select * from report_credit_success_groups order by hybrid_end_year, ukprn nulls first, breakdown, band_order, breakdown_value
