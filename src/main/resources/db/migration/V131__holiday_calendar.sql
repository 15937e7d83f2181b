-- Issue 20: the working-day calendar. Weekdays work and weekends rest unless a row here says otherwise:
-- off_day = true for a public holiday, false for a 调休 working weekend. The State Council's published
-- arrangements ship with the application (resources/holidays/, seeded at start); the city maintains later years.
create table holiday_calendar (
    day        date primary key,
    off_day    boolean not null,
    name       text not null,
    source     text not null,
    updated_at timestamptz not null,
    updated_by text not null
);
