select * from report_national_rates order by hybrid_end_year, qar_family, breakdown, breakdown_value
