select * from report_provider_league order by hybrid_end_year, qar_family, ukprn
