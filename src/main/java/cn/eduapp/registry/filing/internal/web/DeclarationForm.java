package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.DataMeasure;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.rules.Scenario;
import cn.eduapp.registry.rules.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * The declaration page's form. Its property paths are the API's ({@code platforms[0].identifier},
 * {@code features.advertising}, …), so a validation error lands next to its field unchanged.
 */
public class DeclarationForm {

    static final int PLATFORM_ROWS = 3;

    private String name = "";
    private String description = "";
    private String version = "";
    private List<PlatformRow> platforms = new ArrayList<>();
    private List<Audience> audiences = new ArrayList<>();
    private List<Scenario> scenarios = new ArrayList<>();
    private List<Subject> subjects = new ArrayList<>();
    private boolean offersSubjectTraining;
    private boolean generalPurposeTool;
    private Features features = new Features();
    private Data dataProtection = new Data();
    private Ops operations = new Ops();
    private String icpFilingNumber = "";
    private String mlpsFilingNumber = "";
    /** 三（二）: one hosted institution (or person) a line, its name and its permit number separated by a comma. */
    private String hostedInstitutions = "";

    public DeclarationForm() {
        padPlatforms();
    }

    static DeclarationForm of(Declaration d) {
        DeclarationForm f = new DeclarationForm();
        f.name = d.name();
        f.description = nz(d.description());
        f.version = nz(d.version());
        f.platforms = new ArrayList<>(d.platforms().stream().map(p -> new PlatformRow(p.type(), p.identifier())).toList());
        f.padPlatforms();
        f.audiences = new ArrayList<>(d.audiences());
        f.scenarios = new ArrayList<>(d.scenarios());
        f.subjects = new ArrayList<>(d.subjects());
        f.offersSubjectTraining = d.offersSubjectTraining();
        f.generalPurposeTool = d.generalPurposeTool();
        var x = d.features();
        f.features.photoSearch = x.photoSearch();
        f.features.advertising = x.advertising();
        f.features.gameLinks = x.gameLinks();
        f.features.hostsThirdPartyTraining = x.hostsThirdPartyTraining();
        f.features.chargesFees = x.chargesFees();
        var dp = d.dataProtection();
        f.dataProtection.collectsPersonalInfo = dp.collectsPersonalInfo();
        f.dataProtection.collectsMinorsInfo = dp.collectsMinorsInfo();
        f.dataProtection.guardianConsent = dp.guardianConsent();
        f.dataProtection.privacyPolicyUrl = nz(dp.privacyPolicyUrl());
        f.dataProtection.measures = new ArrayList<>(dp.measures());
        f.dataProtection.sellsOrSharesPersonalInfo = dp.sellsOrSharesPersonalInfo();
        var o = d.operations();
        f.operations.contentReview = o.contentReview();
        f.operations.accountManagement = o.accountManagement();
        f.operations.emergencyResponse = o.emergencyResponse();
        f.operations.staffing = o.staffing();
        f.operations.publishedRules = o.publishedRules();
        f.operations.userAgreement = o.userAgreement();
        f.operations.complaintEntryUrl = nz(o.complaintEntryUrl());
        f.icpFilingNumber = nz(d.icpFilingNumber());
        f.mlpsFilingNumber = nz(d.mlpsFilingNumber());
        f.hostedInstitutions = String.join("\n", d.hostedInstitutions().stream()
                .map(h -> h.name() + (h.permitDeclared() ? "，" + h.permitNumber() : "")).toList());
        return f;
    }

    Declaration toDeclaration() {
        List<Declaration.Platform> ps = platforms.stream()
                .filter(p -> p.identifier != null && !p.identifier.isBlank())
                .map(p -> new Declaration.Platform(p.type, p.identifier.trim()))
                .toList();
        return new Declaration(name.trim(), blankToNull(description), blankToNull(version), ps, audiences, scenarios,
                subjects, offersSubjectTraining, generalPurposeTool,
                new Declaration.Features(features.photoSearch, features.advertising, features.gameLinks,
                        features.hostsThirdPartyTraining, features.chargesFees),
                new Declaration.DataProtection(dataProtection.collectsPersonalInfo, dataProtection.collectsMinorsInfo,
                        dataProtection.guardianConsent, blankToNull(dataProtection.privacyPolicyUrl),
                        dataProtection.measures, dataProtection.sellsOrSharesPersonalInfo),
                new Declaration.Operations(operations.contentReview, operations.accountManagement,
                        operations.emergencyResponse, operations.staffing, operations.publishedRules,
                        operations.userAgreement, blankToNull(operations.complaintEntryUrl)),
                blankToNull(icpFilingNumber), blankToNull(mlpsFilingNumber), hosted());
    }

    /** Lines of "名称，许可证编号" (full- or half-width comma); a line without a comma names no permit. */
    private List<Declaration.HostedInstitution> hosted() {
        List<Declaration.HostedInstitution> out = new ArrayList<>();
        for (String line : nz(hostedInstitutions).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[，,]", 2);
            out.add(new Declaration.HostedInstitution(parts[0].trim(), parts.length > 1 ? blankToNull(parts[1]) : null));
        }
        return out;
    }

    private void padPlatforms() {
        while (platforms.size() < PLATFORM_ROWS) {
            platforms.add(new PlatformRow(PlatformType.ANDROID, ""));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static class PlatformRow {
        private PlatformType type;
        private String identifier;

        public PlatformRow() {
            this(PlatformType.ANDROID, "");
        }

        PlatformRow(PlatformType type, String identifier) {
            this.type = type;
            this.identifier = identifier;
        }

        public PlatformType getType() { return type; }
        public void setType(PlatformType type) { this.type = type; }
        public String getIdentifier() { return identifier; }
        public void setIdentifier(String identifier) { this.identifier = identifier; }
    }

    public static class Features {
        private boolean photoSearch, advertising, gameLinks, hostsThirdPartyTraining, chargesFees;

        public boolean isPhotoSearch() { return photoSearch; }
        public void setPhotoSearch(boolean v) { photoSearch = v; }
        public boolean isAdvertising() { return advertising; }
        public void setAdvertising(boolean v) { advertising = v; }
        public boolean isGameLinks() { return gameLinks; }
        public void setGameLinks(boolean v) { gameLinks = v; }
        public boolean isHostsThirdPartyTraining() { return hostsThirdPartyTraining; }
        public void setHostsThirdPartyTraining(boolean v) { hostsThirdPartyTraining = v; }
        public boolean isChargesFees() { return chargesFees; }
        public void setChargesFees(boolean v) { chargesFees = v; }
    }

    public static class Data {
        private boolean collectsPersonalInfo, collectsMinorsInfo, guardianConsent, sellsOrSharesPersonalInfo;
        private String privacyPolicyUrl = "";
        private List<DataMeasure> measures = new ArrayList<>();

        public boolean isCollectsPersonalInfo() { return collectsPersonalInfo; }
        public void setCollectsPersonalInfo(boolean v) { collectsPersonalInfo = v; }
        public boolean isCollectsMinorsInfo() { return collectsMinorsInfo; }
        public void setCollectsMinorsInfo(boolean v) { collectsMinorsInfo = v; }
        public boolean isGuardianConsent() { return guardianConsent; }
        public void setGuardianConsent(boolean v) { guardianConsent = v; }
        public boolean isSellsOrSharesPersonalInfo() { return sellsOrSharesPersonalInfo; }
        public void setSellsOrSharesPersonalInfo(boolean v) { sellsOrSharesPersonalInfo = v; }
        public String getPrivacyPolicyUrl() { return privacyPolicyUrl; }
        public void setPrivacyPolicyUrl(String v) { privacyPolicyUrl = v; }
        public List<DataMeasure> getMeasures() { return measures; }
        public void setMeasures(List<DataMeasure> v) { measures = v; }
    }

    public static class Ops {
        private boolean contentReview, accountManagement, emergencyResponse, staffing, publishedRules, userAgreement;
        private String complaintEntryUrl = "";

        public boolean isContentReview() { return contentReview; }
        public void setContentReview(boolean v) { contentReview = v; }
        public boolean isAccountManagement() { return accountManagement; }
        public void setAccountManagement(boolean v) { accountManagement = v; }
        public boolean isEmergencyResponse() { return emergencyResponse; }
        public void setEmergencyResponse(boolean v) { emergencyResponse = v; }
        public boolean isStaffing() { return staffing; }
        public void setStaffing(boolean v) { staffing = v; }
        public boolean isPublishedRules() { return publishedRules; }
        public void setPublishedRules(boolean v) { publishedRules = v; }
        public boolean isUserAgreement() { return userAgreement; }
        public void setUserAgreement(boolean v) { userAgreement = v; }
        public String getComplaintEntryUrl() { return complaintEntryUrl; }
        public void setComplaintEntryUrl(String v) { complaintEntryUrl = v; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public List<PlatformRow> getPlatforms() { return platforms; }
    public void setPlatforms(List<PlatformRow> platforms) { this.platforms = platforms; }
    public List<Audience> getAudiences() { return audiences; }
    public void setAudiences(List<Audience> audiences) { this.audiences = audiences; }
    public List<Scenario> getScenarios() { return scenarios; }
    public void setScenarios(List<Scenario> scenarios) { this.scenarios = scenarios; }
    public List<Subject> getSubjects() { return subjects; }
    public void setSubjects(List<Subject> subjects) { this.subjects = subjects; }
    public boolean isOffersSubjectTraining() { return offersSubjectTraining; }
    public void setOffersSubjectTraining(boolean v) { offersSubjectTraining = v; }
    public boolean isGeneralPurposeTool() { return generalPurposeTool; }
    public void setGeneralPurposeTool(boolean v) { generalPurposeTool = v; }
    public Features getFeatures() { return features; }
    public void setFeatures(Features features) { this.features = features; }
    public Data getDataProtection() { return dataProtection; }
    public void setDataProtection(Data dataProtection) { this.dataProtection = dataProtection; }
    public Ops getOperations() { return operations; }
    public void setOperations(Ops operations) { this.operations = operations; }
    public String getIcpFilingNumber() { return icpFilingNumber; }
    public void setIcpFilingNumber(String v) { icpFilingNumber = v; }
    public String getMlpsFilingNumber() { return mlpsFilingNumber; }
    public void setMlpsFilingNumber(String v) { mlpsFilingNumber = v; }
    public String getHostedInstitutions() { return hostedInstitutions; }
    public void setHostedInstitutions(String v) { hostedInstitutions = v; }
}
