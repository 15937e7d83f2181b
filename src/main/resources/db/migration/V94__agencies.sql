-- The four agencies of the notice exist in every deployment (not only in demonstrations), each with the
-- one role its staff hold. The ids are those the demo seeding has always used, so a database seeded
-- before this migration keeps its organisations. Their accounts are created by the city (agency
-- accounts page) or, for the very first city account, by registry.bootstrap.* at start-up.
insert into organisation (id, kind, name, parent_id) values
    ('0b53cbe3-dc8a-3872-a9e7-dc0dab8b8329', 'AGENCY', '北京市教育委员会', null),
    ('42c9bd92-5702-331c-9fbe-a33698cd7e8a', 'AGENCY', '教育部教育移动互联网应用程序备案管理', null),
    ('2de3fa73-0768-3a67-aff8-549670f07700', 'AGENCY', '北京市通信管理局', null),
    ('671924fb-1f00-38ce-b946-7a690b557303', 'AGENCY', '中共北京市委网络安全和信息化委员会办公室', null)
on conflict (id) do nothing;

create table agency (
    organisation_id uuid primary key references organisation (id),
    role            text not null unique
        check (role in ('CITY_REVIEWER', 'MOE_REVIEWER', 'CA_OFFICER', 'CAC_OFFICER'))
);
insert into agency (organisation_id, role) values
    ('0b53cbe3-dc8a-3872-a9e7-dc0dab8b8329', 'CITY_REVIEWER'),
    ('42c9bd92-5702-331c-9fbe-a33698cd7e8a', 'MOE_REVIEWER'),
    ('2de3fa73-0768-3a67-aff8-549670f07700', 'CA_OFFICER'),
    ('671924fb-1f00-38ce-b946-7a690b557303', 'CAC_OFFICER');
