package cn.eduapp.registry.identity;

/** What an organisation is to the platform. Institutions form a tree: city → district → school. */
public enum OrganisationKind { AGENCY, PROVIDER, INSTITUTION, APP_STORE }
