package org.societyflow.portal;

import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.notification.NotificationService;
import org.societyflow.workflow.PortalApplicationService;
import org.societyflow.workflow.PortalTaskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the user's open tasks and latest notifications; a society or an initiator also sees its applications. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HomeController {

    private final CurrentUsers currentUsers;
    private final PortalTaskService tasks;
    private final NotificationService notifications;
    private final PortalApplicationService applications;

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("tasks", tasks.openTasks(user));
        model.addAttribute("notifications", notifications.latestFor(Set.copyOf(user.groups()), user.userId(), 10));
        model.addAttribute("applications", user.isStaff() ? List.of() : applications.of(user));
        return "portal/home";
    }
}
