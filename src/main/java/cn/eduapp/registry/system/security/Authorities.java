package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.Authorities;

import cn.eduapp.registry.shared.CurrentUser;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

public final class Authorities {

    private Authorities() {
    }

    public static List<GrantedAuthority> of(CurrentUser user) {
        return user.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
