/**
 * The staff lists as spreadsheets (issue 23): the city's filings, complaints, rectification orders and use
 * by district as streamed .xlsx with Chinese headers, read through each module's facade with the caller's
 * own visibility, page by page, so a large list holds one page at a time.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "filing", "rules",
        "complaint", "enforcement", "usage"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.export;
