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
    /** The provider went on the black list. */
    BLACKLISTED,
    /** The provider's ban ended. */
    BAN_LIFTED,
    /** A filing's listing ended without a status change of its own (issue 20 wires its event). */
    LISTING_ENDED,
    /** A public announcement (公告) was published (issue 23 appends it through TransparencyManagement). */
    ANNOUNCEMENT_PUBLISHED
}
