package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.usage.internal.NewInstitutionAccount;

public class AccountForm {

    private String username = "";
    private String password = "";
    private Role role;

    NewInstitutionAccount toRequest() {
        return new NewInstitutionAccount(username, password, role);
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { this.username = v == null ? "" : v.trim(); }
    public String getPassword() { return password; }
    public void setPassword(String v) { this.password = v == null ? "" : v; }
    public Role getRole() { return role; }
    public void setRole(Role v) { this.role = v; }
}
