package cn.eduapp.registry.usage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.usage.InstitutionKind;
import cn.eduapp.registry.usage.InstitutionView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScopeTest {

    static final String CITY = "city";
    static final InstitutionView HAIDIAN = new InstitutionView("haidian", "海淀区教育委员会", InstitutionKind.DISTRICT, CITY,
            "haidian", "海淀区教育委员会", "110108", Instant.EPOCH);
    static final InstitutionView SCHOOL = new InstitutionView("s1", "一小", InstitutionKind.SCHOOL, "haidian", "haidian",
            "海淀区教育委员会", "110108", Instant.EPOCH);
    static final InstitutionView OTHER_SCHOOL = new InstitutionView("s2", "二小", InstitutionKind.SCHOOL, "chaoyang",
            "chaoyang", "朝阳区教育委员会", "110105", Instant.EPOCH);
    static final InstitutionView UNIT = new InstitutionView("u1", "市属学校", InstitutionKind.DIRECT_UNIT, CITY, null, null,
            null, Instant.EPOCH);

    @Test
    void aDistrictSeesItselfAndItsSchoolsOnly() {
        Scope district = new Scope(Scope.Type.DISTRICT, "haidian");
        assertThat(district.sees(HAIDIAN)).isTrue();
        assertThat(district.sees(SCHOOL)).isTrue();
        assertThat(district.sees(OTHER_SCHOOL)).isFalse();
        assertThat(district.sees(UNIT)).isFalse();
    }

    @Test
    void aSchoolSeesItselfOnlyAndAgenciesEverything() {
        Scope school = new Scope(Scope.Type.OWN, "s1");
        assertThat(school.sees(SCHOOL)).isTrue();
        assertThat(school.sees(HAIDIAN)).isFalse();
        assertThat(school.sees(OTHER_SCHOOL)).isFalse();
        Scope all = new Scope(Scope.Type.ALL, CITY);
        assertThat(all.sees(OTHER_SCHOOL) && all.sees(UNIT) && all.sees(HAIDIAN)).isTrue();
    }
}
