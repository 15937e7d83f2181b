/** The database: the embedded PostgreSQL, rows read into records, LIKE escaping, spreadsheets, backup and restore. */
@org.springframework.modulith.NamedInterface("data")
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.system.data;
