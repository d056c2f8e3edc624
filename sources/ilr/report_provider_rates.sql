select * from report_provider_rates order by hybrid_end_year, qar_family, ukprn, breakdown, breakdown_value
