package cn.eduapp.registry.transparency;

/** What a leaf records: one change of a public list. The names are the {@code kind} of the leaf's JSON. */
public enum LeafKind {
    /** 备案号 issued (or an existing registration imported): on the white list. */
    REGISTERED,
    /** Ordered to rectify (限期整改): on the white list, marked. */
    UNDER_RECTIFICATION,
    /** Rectification accepted: registered again. */
    RECTIFIED,
    REVOKED,
    CANCELLED,
    /** An approved change (变更) put a new name or platforms on the lists. */
    DECLARATION_CHANGED,
    /** An app went on the black list (a decision on an enforcement case), or, before issue 20, its provider. */
    BLACKLISTED,
    /** The provider's ban ended. */
    BAN_LIFTED,
    /** An app's listing on the black list ended (expired, removed early, or annulled on review). */
    LISTING_ENDED,
    /** A public announcement (公告) was published (issue 23 appends it through TransparencyManagement). */
    ANNOUNCEMENT_PUBLISHED
}
