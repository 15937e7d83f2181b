package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.usage.InstitutionKind;
import cn.eduapp.registry.usage.internal.CreateInstitution;

public class InstitutionForm {

    private String name = "";
    private InstitutionKind kind = InstitutionKind.SCHOOL;
    private String parentId = "";
    private String districtCode = "";

    CreateInstitution toRequest() {
        return new CreateInstitution(name, parentId.isBlank() ? null : parentId, kind,
                districtCode.isBlank() ? null : districtCode.trim());
    }

    public String getName() { return name; }
    public void setName(String v) { this.name = v == null ? "" : v; }
    public InstitutionKind getKind() { return kind; }
    public void setKind(InstitutionKind v) { this.kind = v; }
    public String getParentId() { return parentId; }
    public void setParentId(String v) { this.parentId = v == null ? "" : v; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String v) { this.districtCode = v == null ? "" : v; }
}
