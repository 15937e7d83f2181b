/**
 * Official documents as PDF: a Thymeleaf HTML template rendered with openhtmltopdf, Chinese text embedded
 * (a TrueType subset of Noto Sans SC) so it reads and copies back exactly. Other modules own their documents'
 * content and numbers; this module only renders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.document;
