package org.societyflow.identity;

import lombok.Getter;

/**
 * What an initiator (学会发起人) fills in to register, in the portal form and as the JSON body of
 * {@code POST /api/v1/registrations}. Checked by {@link RegistrationService}, which answers field by field.
 */
@Getter
public class RegistrationForm {

    /** 用户名: 3–32 characters of a–z, 0–9, '.', '_' and '-', starting with a letter. */
    private String userId;
    /** 姓名 as written, for example 张三. */
    private String name;
    /** 电子邮箱, used by no other account. */
    private String email;
    /** 手机号: a mainland China mobile number, 11 digits starting with 13–19. */
    private String phone;
    /** 工作单位. */
    private String employer;
    /** 密码: what the password policy asks (societyflow.security.password.*), at most 64 characters. */
    private String password;
    /** 确认密码: the password once more. */
    private String confirmPassword;

    public RegistrationForm() {
    }

    public RegistrationForm(String userId, String name, String email, String phone, String employer, String password,
                            String confirmPassword) {
        this.userId = userId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.employer = employer;
        this.password = password;
        this.confirmPassword = confirmPassword;
    }

    /** The page shown again after an error keeps what was typed, except the passwords. */
    void forgetPasswords() {
        password = null;
        confirmPassword = null;
    }

    public void setUserId(String v) { userId = v; }
    public void setName(String v) { name = v; }
    public void setEmail(String v) { email = v; }
    public void setPhone(String v) { phone = v; }
    public void setEmployer(String v) { employer = v; }
    public void setPassword(String v) { password = v; }
    public void setConfirmPassword(String v) { confirmPassword = v; }

    @Override
    public String toString() {
        // never the passwords, should a form end up in a log
        return "RegistrationForm[userId=" + userId + ", email=" + email + "]";
    }
}
