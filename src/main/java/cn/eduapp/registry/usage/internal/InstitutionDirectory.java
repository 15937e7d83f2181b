package cn.eduapp.registry.usage.internal;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.identity.OrganisationKind;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.web.ProblemError;
import cn.eduapp.registry.usage.InstitutionCreated;
import cn.eduapp.registry.usage.InstitutionKind;
import cn.eduapp.registry.usage.InstitutionView;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.eduapp.registry.usage.internal.persistence.InstitutionRepository;

/**
 * The institution tree (city commission → districts → schools, and units directly under the city) and who
 * may manage which part of it: the city anything, a district only the schools below itself.
 */
@Service
public class InstitutionDirectory {

    /** How an institution organisation made outside this module (the demo seed) is read as a district. */
    private static final Pattern DISTRICT_NAME = Pattern.compile(".*区.*(教育委员会|教委|教育局)$");

    private final InstitutionRepository institutions;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    InstitutionDirectory(InstitutionRepository institutions, IdentityManagement identity, ApplicationEventPublisher events,
                         Messages messages, Clock clock) {
        this.institutions = institutions;
        this.identity = identity;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The institution behind an organisation. An INSTITUTION organisation created elsewhere (the demo seed)
     * is adopted on first use: under another institution it is a school of that district; under the city
     * a district when named like one or when it has institutions below it, else a unit under the city.
     */
    @Transactional
    public Optional<InstitutionView> resolve(String organisationId) {
        Optional<InstitutionView> known = institutions.find(organisationId);
        if (known.isPresent()) {
            return known;
        }
        Optional<Organisation> org = Ids.parse(organisationId) == null ? Optional.empty() : identity.organisation(organisationId);
        if (org.isEmpty() || org.get().kind() != OrganisationKind.INSTITUTION) {
            return Optional.empty();
        }
        Organisation o = org.get();
        Optional<Organisation> parent = o.parentId() == null ? Optional.empty() : identity.organisation(o.parentId());
        if (parent.isPresent() && parent.get().kind() == OrganisationKind.INSTITUTION) {
            InstitutionView p = resolve(parent.get().id()).orElseThrow();
            String district = p.kind() == InstitutionKind.DISTRICT ? p.id() : p.districtId();
            institutions.insertIfAbsent(o.id(), o.name(), InstitutionKind.SCHOOL, p.id(), district, null,
                    clock.instant(), "system");
        } else {
            boolean district = DISTRICT_NAME.matcher(o.name()).matches() || identity.children(o.id()).stream()
                    .anyMatch(c -> c.kind() == OrganisationKind.INSTITUTION);
            institutions.insertIfAbsent(o.id(), o.name(), district ? InstitutionKind.DISTRICT : InstitutionKind.DIRECT_UNIT,
                    o.parentId(), district ? o.id() : null, null, clock.instant(), "system");
        }
        return institutions.find(organisationId);
    }

    /** What the caller sees: agencies all, a district itself and its schools, anyone else itself. */
    public Scope scope(CurrentUser user) {
        if (user.isAgency()) {
            return new Scope(Scope.Type.ALL, user.organisationId());
        }
        if (user.has(Role.DISTRICT_ADMIN)) {
            Optional<InstitutionView> own = resolve(user.organisationId());
            if (own.isPresent() && own.get().kind() == InstitutionKind.DISTRICT) {
                return new Scope(Scope.Type.DISTRICT, user.organisationId());
            }
            return new Scope(Scope.Type.OWN, user.organisationId());
        }
        if (user.has(Role.SCHOOL_ADMIN)) {
            return new Scope(Scope.Type.OWN, user.organisationId());
        }
        throw ApiProblem.forbidden();
    }

    /** The caller's own institution; an account of no institution may not file use (403). */
    public InstitutionView own(CurrentUser user) {
        return resolve(user.organisationId()).orElseThrow(ApiProblem::forbidden);
    }

    /** An institution the caller may see; anything else is 404. */
    public InstitutionView visible(String id, CurrentUser user) {
        InstitutionView i = resolve(id).orElseThrow(ApiProblem::notFound);
        if (!scope(user).sees(i)) {
            throw ApiProblem.notVisible();
        }
        return i;
    }

    public PageResult<InstitutionView> list(CurrentUser user, @Nullable InstitutionKind kind, @Nullable String q, PageQuery page) {
        Scope scope = scope(user);
        if (scope.type() != Scope.Type.ALL) {
            resolve(user.organisationId());
        }
        return institutions.list(scope, kind, q, page);
    }

    public List<InstitutionView> schoolsOf(String districtId) {
        return institutions.schoolsOf(districtId);
    }

    /** Whether the caller manages this institution (creates accounts for it): the city all, a district its schools. */
    public boolean manages(CurrentUser user, InstitutionView i) {
        if (user.has(Role.CITY_REVIEWER)) {
            return true;
        }
        return user.has(Role.DISTRICT_ADMIN) && !i.id().equals(user.organisationId())
                && user.organisationId().equals(i.districtId());
    }

    /**
     * The city creates districts and units under itself and schools under a district; a district creates
     * schools under itself only. Checks after the body: the parent must exist and be visible (404), the kind
     * be the caller's to create (403), the parent fit the kind (422), the name be free under it (409).
     */
    @Transactional
    public InstitutionView create(CurrentUser user, CreateInstitution request) {
        String name = request.name().trim();
        String parentId;
        InstitutionView parentInstitution = null;
        if (user.has(Role.CITY_REVIEWER)) {
            String requested = blankToNull(request.parentId());
            if (request.kind() == InstitutionKind.SCHOOL) {
                if (requested == null) {
                    throw ApiProblem.badField("parentId", "REQUIRED", messages.get("institution.parentId.required"));
                }
                parentInstitution = resolve(requested).orElseThrow(ApiProblem::notFound);
                if (parentInstitution.kind() != InstitutionKind.DISTRICT) {
                    throw invalidParent();
                }
                parentId = parentInstitution.id();
            } else {
                if (requested != null && !requested.equals(user.organisationId())) {
                    resolve(requested).orElseThrow(ApiProblem::notFound);
                    throw invalidParent();
                }
                parentId = user.organisationId();
            }
        } else if (user.has(Role.DISTRICT_ADMIN)) {
            InstitutionView own = own(user);
            if (own.kind() != InstitutionKind.DISTRICT || request.kind() != InstitutionKind.SCHOOL) {
                throw ApiProblem.forbidden();
            }
            String requested = blankToNull(request.parentId());
            if (requested != null && !requested.equals(own.id())) {
                visible(requested, user);
                throw invalidParent();
            }
            parentInstitution = own;
            parentId = own.id();
        } else {
            throw ApiProblem.forbidden();
        }
        if (institutions.nameTaken(parentId, name)) {
            throw ApiProblem.conflict("institution.nameTaken", name);
        }
        Organisation org = identity.createOrganisation(OrganisationKind.INSTITUTION, name, parentId);
        String districtId = switch (request.kind()) {
            case DISTRICT -> org.id();
            case SCHOOL -> parentInstitution == null ? null : parentInstitution.id();
            case DIRECT_UNIT -> null;
        };
        String code = request.kind() == InstitutionKind.DISTRICT ? blankToNull(request.districtCode()) : null;
        institutions.insertIfAbsent(org.id(), name, request.kind(), parentId, districtId, code, clock.instant(),
                user.username());
        events.publishEvent(new InstitutionCreated(user.actor(), org.id(), name, request.kind(), parentId));
        return institutions.find(org.id()).orElseThrow();
    }

    /** Accounts fit their institution: DISTRICT_ADMIN for a district, SCHOOL_ADMIN for a school or unit. */
    public static Role roleFor(InstitutionKind kind) {
        return kind == InstitutionKind.DISTRICT ? Role.DISTRICT_ADMIN : Role.SCHOOL_ADMIN;
    }

    /** The institution must be visible (404) and the caller's to manage (403); then the body's checks. */
    public InstitutionView manageable(String id, CurrentUser user) {
        InstitutionView i = visible(id, user);
        if (!manages(user, i)) {
            throw ApiProblem.forbidden();
        }
        return i;
    }

    /** Demo seed: the district code of a demo district, once. */
    @Transactional
    public void adoptWithDistrictCode(String organisationId, @Nullable String districtCode) {
        resolve(organisationId).ifPresent(i -> {
            if (districtCode != null && i.kind() == InstitutionKind.DISTRICT) {
                institutions.setDistrictCodeIfMissing(i.id(), districtCode);
            }
        });
    }

    private ApiProblem invalidParent() {
        return ApiProblem.unprocessable("problem.rule", List.of(new ProblemError("parentId", "INVALID_PARENT",
                messages.get("institution.invalidParent"))));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
