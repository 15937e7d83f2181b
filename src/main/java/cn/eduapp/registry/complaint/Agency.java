package cn.eduapp.registry.complaint;

import cn.eduapp.registry.shared.Role;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The agencies that handle complaints (京教信〔2022〕5号 四), each known by the role of its staff. */
public enum Agency {
    EDUCATION_COMMISSION(Role.CITY_REVIEWER), CA(Role.CA_OFFICER), CAC(Role.CAC_OFFICER);

    private final Role role;

    Agency(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** The agency a caller works for, judged by its roles; MoE staff and everyone else handle none. */
    public static Optional<Agency> of(Set<Role> roles) {
        return Arrays.stream(values()).filter(a -> roles.contains(a.role)).findFirst();
    }
}
