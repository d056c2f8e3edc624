-- Shared helpers for the report_* models: how a year reads, disclosure control and the Wilson
-- score interval (shared/domain/measures.md, "Disclosure control" and "Comparing a provider with
-- the national rate").

-- A funding year as people write it: 2024 -> '2024/25'.
create or replace macro year_label(y) as
    cast(y as varchar) || '/' || lpad(cast((y + 1) % 100 as varchar), 2, '0');

-- A count below 5 is withheld (shown as `low`): null here, so no small number reaches the site.
create or replace macro suppress_count(n) as case when n >= 5 then n end;

-- A share as a report may show it: withheld when its base is below 5, and when its numerator is a
-- withheld count (1 to 4) — 0.4% of 469 leavers would give back 2 (measures.md, "Disclosure
-- control": a share never reveals a withheld count). A share of none (0) is shown.
create or replace macro disclose_share(share, numerator, base) as
    case when base >= 5 and (numerator = 0 or numerator >= 5) then share end;

-- National and ministerial volumes: withheld below 5, otherwise rounded to the nearest 10.
create or replace macro round_volume(n) as case when n >= 5 then cast(round(n, -1) as integer) end;

-- A count as a report may show it: a national volume rounded (round_volume), a provider's count
-- withheld below 5 (suppress_count).
create or replace macro disclose_count(n, is_national) as
    case when is_national then round_volume(n) else suppress_count(n) end;

-- 95% Wilson score interval for x successes out of n (z = 1.96).
create or replace macro wilson_lower(x, n) as case when n > 0 then
    ((x / n) + 1.96 ^ 2 / (2 * n) - 1.96 * sqrt((x / n) * (1 - x / n) / n + 1.96 ^ 2 / (4 * n ^ 2)))
    / (1 + 1.96 ^ 2 / n) end;
create or replace macro wilson_upper(x, n) as case when n > 0 then
    ((x / n) + 1.96 ^ 2 / (2 * n) + 1.96 * sqrt((x / n) * (1 - x / n) / n + 1.96 ^ 2 / (4 * n ^ 2)))
    / (1 + 1.96 ^ 2 / n) end;

-- Where a rate sits against the national rate, from its 95% interval.
create or replace macro compare_with_national(lower_bound, upper_bound, national_rate) as case
    when lower_bound is null or national_rate is null then 'low'
    when lower_bound > national_rate then 'significantly above'
    when upper_bound < national_rate then 'significantly below'
    else 'not significantly different'
end;

-- A rate as a sentence reads it: 0.8491 -> '84.9%'.
create or replace macro pct1(rate) as printf('%.1f%%', 100 * rate);

-- A whole number with thousands separators: 12340 -> '12,340'.
create or replace macro num0(n) as format('{:,}', cast(n as bigint));
