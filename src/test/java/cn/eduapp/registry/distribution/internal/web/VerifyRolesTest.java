package cn.eduapp.registry.distribution.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.system.security.AllowedRoles;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.GetMapping;

/** The fast lane and the controller answer the same path for the same roles. */
class VerifyRolesTest {

    @Test
    void theFastLaneAllowsExactlyTheRolesTheControllerDeclares() throws Exception {
        var method = DistributionApiController.class.getDeclaredMethod("verify", String.class, String.class, String.class);
        AllowedRoles declared = AnnotatedElementUtils.findMergedAnnotation(method, AllowedRoles.class);
        assertThat(declared).isNotNull();
        assertThat(Set.of(declared.value())).isEqualTo(VerifyQuery.ROLES);
        assertThat(method.getAnnotation(GetMapping.class).value()).containsExactly(VerifyQuery.PATH);
        assertThat(new VerifyEndpoint(null).path()).isEqualTo(VerifyQuery.PATH);
        assertThat(new VerifyEndpoint(null).roles()).isEqualTo(VerifyQuery.ROLES);
    }
}
