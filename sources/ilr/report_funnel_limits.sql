select * from report_funnel_limits order by hybrid_end_year, qar_family, funnel_leavers
