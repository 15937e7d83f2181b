/** Web plumbing every module uses: problem details, paging, messages, the page layout and navigation, request filters. */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.system.web;
