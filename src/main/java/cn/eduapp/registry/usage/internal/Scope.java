package cn.eduapp.registry.usage.internal;

import cn.eduapp.registry.usage.InstitutionView;

/**
 * What a caller may see of institutions and their use filings: agencies everything, a district itself
 * and its schools, a school (or a unit under the city) itself.
 */
public record Scope(Type type, String organisationId) {

    public enum Type { ALL, DISTRICT, OWN }

    public boolean sees(InstitutionView i) {
        return switch (type) {
            case ALL -> true;
            case DISTRICT -> i.id().equals(organisationId) || organisationId.equals(i.districtId());
            case OWN -> i.id().equals(organisationId);
        };
    }
}
