package cn.eduapp.registry.complaint;

/** What a complaint is about, and the agency it goes to (DOMAIN.md, API.md). */
public enum ComplaintCategory {
    UNFILED_APP, ADVERTISING, GAME_LINKS, PHOTO_SEARCH, UNLICENSED_SUBJECT_TRAINING, PERSONAL_INFORMATION,
    HARMFUL_CONTENT, FEES, OTHER,
    /** ICP/APP filing matters belong to the Communications Administration (四(二)). */
    ICP_FILING,
    /** App-store listings belong to the Cyberspace Administration (四(三)). */
    APP_STORE_LISTING;

    public Agency agency() {
        return switch (this) {
            case ICP_FILING -> Agency.CA;
            case APP_STORE_LISTING -> Agency.CAC;
            default -> Agency.EDUCATION_COMMISSION;
        };
    }
}
