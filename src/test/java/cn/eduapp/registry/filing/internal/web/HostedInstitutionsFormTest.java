package cn.eduapp.registry.filing.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.rules.Declaration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declaration form's hosted institutions (京教信〔2022〕5号 三（二）): one a line, "名称，许可证编号". */
class HostedInstitutionsFormTest {

    @Test
    void linesBecomeInstitutionsWithTheirPermitNumbersAndBack() {
        DeclarationForm form = new DeclarationForm();
        form.setName("某某课堂");
        form.setHostedInstitutions("某某培训学校，京教线许字第0001号\n\n张老师\n某某中心,京教线许字第0002号 ");
        Declaration d = form.toDeclaration();
        assertThat(d.hostedInstitutions()).containsExactly(
                new Declaration.HostedInstitution("某某培训学校", "京教线许字第0001号"),
                new Declaration.HostedInstitution("张老师", null),
                new Declaration.HostedInstitution("某某中心", "京教线许字第0002号"));
        assertThat(d.hostedInstitutions()).extracting(Declaration.HostedInstitution::permitDeclared)
                .containsExactly(true, false, true);

        DeclarationForm again = DeclarationForm.of(d);
        assertThat(again.getHostedInstitutions()).isEqualTo("某某培训学校，京教线许字第0001号\n张老师\n某某中心，京教线许字第0002号");
        assertThat(DeclarationForm.of(again.toDeclaration()).toDeclaration().hostedInstitutions())
                .isEqualTo(d.hostedInstitutions());
    }

    @Test
    void noLinesNoInstitutions() {
        DeclarationForm form = new DeclarationForm();
        form.setName("某某课堂");
        assertThat(form.toDeclaration().hostedInstitutions()).isEqualTo(List.of());
    }
}
