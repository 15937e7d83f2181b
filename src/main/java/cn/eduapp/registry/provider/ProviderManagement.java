package cn.eduapp.registry.provider;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.identity.OrganisationKind;
import cn.eduapp.registry.provider.internal.persistence.ProviderRepository;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, profiles and licences of providers; the facts other modules read about them. */
@Service
public class ProviderManagement {

    /** 办学许可证: older 13 digits (6 region + 1 level + 6 sequence) or 教民 + 15 digits. */
    static final Pattern SCHOOL_LICENCE = Pattern.compile("^(\\d{13}|教民\\d{15})$");

    private final ProviderRepository providers;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    ProviderManagement(ProviderRepository providers, IdentityManagement identity, ApplicationEventPublisher events,
                       Messages messages, Clock clock) {
        this.providers = providers;
        this.identity = identity;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public ProviderProfile register(ProviderRegistration r, String clientAddress) {
        Optional<CreditCode.Problem> problem = CreditCode.problem(r.creditCode());
        List<ProblemError> errors = new ArrayList<>();
        problem.ifPresent(p -> errors.add(new ProblemError("creditCode", "CREDIT_CODE_" + p.name(),
                messages.get("creditCode." + p.name()))));
        errors.addAll(identity.passwordProblems("account.password", r.account().username(), r.account().password()));
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        CreditCode code = CreditCode.of(r.creditCode());
        if (providers.creditCodeExists(code.value())) {
            // issue 21: the real organisation claims an imported record with a code from the city, or disputes a taken one
            throw new ApiProblem(org.springframework.http.HttpStatus.CONFLICT, "provider.duplicateCreditCode",
                    List.of(new ProblemError("creditCode", "PROVIDER_EXISTS",
                            messages.get("provider.duplicateCreditCode", code.value()))), code.value());
        }
        if (identity.usernameTaken(r.account().username())) {
            throw ApiProblem.conflict("identity.usernameTaken", r.account().username());
        }
        Organisation org = identity.createOrganisation(OrganisationKind.PROVIDER, r.name().trim(), null);
        providers.insert(org.id(), r, code);
        identity.createAccount(new NewAccount(org.id(), r.account().username(), r.account().password(), Set.of(Role.PROVIDER)));
        events.publishEvent(new ProviderRegistered(new Actor(r.account().username(), org.id()), ProviderId.of(org.id()), r.name(), code.value()));
        return providers.profile(org.id(), today()).orElseThrow();
    }

    /** The profile, visible to the provider itself and to agencies; anyone else gets 404. */
    public ProviderProfile profile(String providerId, CurrentUser viewer) {
        requireVisible(providerId, viewer);
        return providers.profile(providerId, today()).orElseThrow(ApiProblem::notFound);
    }

    public Optional<ProviderSnapshot> snapshot(String providerId) {
        return providers.snapshot(providerId);
    }

    /** Where notices by email go (issue 23): the contact email given at registration, when there is one. */
    public Optional<String> contactEmail(String providerId) {
        return providers.profile(providerId, today()).map(ProviderProfile::contactEmail)
                .filter(e -> !e.isBlank());
    }

    public Optional<ProviderSnapshot> snapshotByCreditCode(String creditCode) {
        return providers.idByCreditCode(creditCode).flatMap(providers::snapshot);
    }

    @Transactional
    public ProviderProfile.LicenceView addLicence(String providerId, CurrentUser user, LicenceInput input) {
        List<ProblemError> errors = new ArrayList<>();
        if (input.validUntil().isBefore(input.validFrom())) {
            errors.add(new ProblemError("validUntil", "INVALID_VALUE", messages.get("licence.validUntil.beforeFrom")));
        }
        if (input.type() == LicenceType.SCHOOL_RUNNING_LICENCE && !SCHOOL_LICENCE.matcher(input.number().trim()).matches()) {
            errors.add(new ProblemError("number", "INVALID_VALUE", messages.get("licence.number.schoolFormat")));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        String id = UUID.randomUUID().toString();
        Licence licence = new Licence(id, input.type(), input.number().trim(), input.issuer().trim(), input.validFrom(),
                input.validUntil(), false);
        providers.insertLicence(providerId, licence);
        events.publishEvent(new LicenceAdded(user.actor(), ProviderId.of(providerId), id, input.type(), licence.number()));
        return view(licence);
    }

    /** Records that the issuing authority rescinded (撤销) a licence: {@link #withdrawLicence(String, String, LicenceWithdrawal, String, CurrentUser)}. */
    public ProviderProfile.LicenceView withdrawLicence(String providerId, String licenceId, String reason, CurrentUser user) {
        return withdrawLicence(providerId, licenceId, LicenceWithdrawal.RESCINDED, reason, user);
    }

    /** Records that a licence was 撤销, 吊销 or 注销 (the city does this); 404 for an unknown one, 409 when already. */
    @Transactional
    public ProviderProfile.LicenceView withdrawLicence(String providerId, String licenceId, LicenceWithdrawal kind,
                                                       String reason, CurrentUser user) {
        Licence l = requireLicence(providerId, licenceId, user);
        if (l.withdrawn()) {
            throw ApiProblem.conflict("licence.alreadyWithdrawn");
        }
        providers.withdrawLicence(licenceId, kind, reason.trim(), clock.instant());
        events.publishEvent(new LicenceWithdrawn(user.actor(), ProviderId.of(providerId), licenceId, l.type(), l.number(), reason.trim(), kind));
        return view(new Licence(l.id(), l.type(), l.number(), l.issuer(), l.validFrom(), l.validUntil(), true, kind));
    }

    /** One of the provider's licences, visible to the caller; 404 otherwise. */
    public Licence requireLicence(String providerId, String licenceId, CurrentUser user) {
        requireVisible(providerId, user);
        return providers.licences(providerId).stream().filter(x -> x.id().equals(licenceId)).findFirst()
                .orElseThrow(ApiProblem::notFound);
    }

    /** Snapshots of many providers in two queries, for re-checks of every registered filing. */
    public java.util.Map<String, ProviderSnapshot> snapshots(java.util.Collection<String> ids) {
        return providers.snapshots(ids);
    }

    /** Licences of the provider that end within {@code days} (and are still valid today). */
    public List<Licence> licencesExpiringWithin(String providerId, int days) {
        LocalDate today = today();
        return providers.licences(providerId).stream()
                .filter(l -> l.validOn(today) && !l.validUntil().isAfter(today.plusDays(days))).toList();
    }

    /**
     * Puts the provider on the black list until {@code banUntil}. Extending a running ban keeps the later
     * end. Called by enforcement inside its escalation transaction.
     */
    @Transactional
    public void ban(String providerId, LocalDate banUntil, String reason, String clause, Actor actor) {
        ProviderSnapshot p = providers.snapshot(providerId).orElseThrow(ApiProblem::notFound);
        LocalDate until = p.bannedUntil() != null && p.bannedOn(today()) && p.bannedUntil().isAfter(banUntil)
                ? p.bannedUntil() : banUntil;
        providers.ban(providerId, today(), until, reason, clause);
        events.publishEvent(new ProviderBanned(actor, ProviderId.of(providerId), p.name(), p.creditCode().value(), reason, clause,
                today(), until));
    }

    /**
     * Ends a running ban today (the listing behind it was removed early or annulled); announced once.
     * Returns whether a ban was running.
     */
    @Transactional
    public boolean liftBan(String providerId, Actor actor) {
        LocalDate today = today();
        boolean lifted = providers.liftBan(providerId, today);
        if (lifted) {
            ProviderSnapshot p = providers.snapshot(providerId).orElseThrow(ApiProblem::notFound);
            events.publishEvent(new ProviderBanLifted(actor, ProviderId.of(p.id()), p.name(), p.creditCode().value(), today));
        }
        return lifted;
    }

    /** Announces, once each, the bans whose end has come; the sweep calls it. */
    @Transactional
    public int liftExpiredBans(Actor actor) {
        LocalDate today = today();
        List<ProviderSnapshot> lifted = providers.liftExpiredBans(today);
        lifted.forEach(p -> events.publishEvent(new ProviderBanLifted(actor, ProviderId.of(p.id()), p.name(), p.creditCode().value(), today)));
        return lifted.size();
    }

    /** Only the provider itself adds licences; agencies see them, others get 404. */
    public void requireOwner(String providerId, CurrentUser user) {
        requireVisible(providerId, user);
        if (!user.has(Role.PROVIDER) || !providerId.equals(user.organisationId())) {
            throw ApiProblem.forbidden();
        }
    }

    public void requireVisible(String providerId, CurrentUser viewer) {
        boolean own = viewer.has(Role.PROVIDER) && providerId.equals(viewer.organisationId());
        if (!providers.exists(providerId)) {
            throw ApiProblem.notFound();
        }
        if (!own && !viewer.isAgency()) {
            throw ApiProblem.notVisible();
        }
    }

    public ProviderProfile.LicenceView view(Licence l) {
        return new ProviderProfile.LicenceView(l.id(), l.type().name(), l.number(), l.issuer(), l.validFrom(),
                l.validUntil(), l.statusOn(today()), l.withdrawal());
    }

    private LocalDate today() {
        return Beijing.today(clock);
    }

    /** A provider named by an existing registration (the CSV import); the credit code must be valid. */
    public record ImportedProvider(String name, String creditCode, LegalPersonType legalPersonType,
                                   @org.jspecify.annotations.Nullable String contactName,
                                   @org.jspecify.annotations.Nullable String contactPhone,
                                   @org.jspecify.annotations.Nullable String contactEmail) {

        public ImportedProvider(String name, String creditCode, LegalPersonType legalPersonType) {
            this(name, creditCode, legalPersonType, null, null, null);
        }
    }

    /**
     * Providers known from existing registrations: each is the one already stored under its credit code, or
     * is created without an account (the first name given for a code wins). All new ones are written in one
     * batch, each with its own audit entry by {@code actor}. Returns the ids by credit code.
     */
    @Transactional
    public Map<String, String> importProviders(List<ImportedProvider> wanted, Actor actor) {
        Map<String, ImportedProvider> byCode = new LinkedHashMap<>();
        for (ImportedProvider p : wanted) {
            byCode.putIfAbsent(CreditCode.of(p.creditCode()).value(), p);
        }
        Map<String, String> ids = providers.idsByCreditCode(byCode.keySet());
        List<Map.Entry<String, ImportedProvider>> fresh = byCode.entrySet().stream()
                .filter(e -> !ids.containsKey(e.getKey())).toList();
        if (fresh.isEmpty()) {
            return ids;
        }
        List<Organisation> orgs = identity.createOrganisations(OrganisationKind.PROVIDER,
                fresh.stream().map(e -> e.getValue().name().trim()).toList());
        List<ProviderRepository.ImportedRow> rows = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            Organisation org = orgs.get(i);
            ImportedProvider p = fresh.get(i).getValue();
            rows.add(new ProviderRepository.ImportedRow(org.id(), org.name(), CreditCode.of(fresh.get(i).getKey()),
                    p.legalPersonType(), p.contactName(), p.contactPhone(), p.contactEmail()));
            ids.put(fresh.get(i).getKey(), org.id());
        }
        providers.insertImported(rows);
        for (ProviderRepository.ImportedRow r : rows) {
            events.publishEvent(new ProviderRegistered(actor, ProviderId.of(r.id()), r.name(), r.code().value()));
        }
        return ids;
    }
}
