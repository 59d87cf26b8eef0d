package org.societyflow.society;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Since when a society has had no officer in a role, from the register's history: the change log's officer lines
 * (换届, 变更, the register import) name each officer by role. The 软弱涣散 scan measures 理事长/秘书长 vacancies with
 * it (docs/RULES.md, E).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OfficerVacancies {

    /** The change-log field of the officer lines; every line lists "role name…" items joined by '；'. */
    static final String OFFICERS_FIELD = "officers";

    private final ChangeLogRepository changeLog;

    /**
     * The day the role became vacant: that of the latest officer line that took it away, or the registration day when
     * no line ever showed it filled. Empty while the role is filled, and when the register cannot tell.
     */
    public Optional<LocalDate> vacantSince(Society society, OfficerRole role) {
        if (society.getOfficers().stream().anyMatch(o -> o.getRole() == role)) {
            return Optional.empty();
        }
        // newest first: the first line whose old officers held the role is the one that left it vacant
        return changeLog.findBySocietyIdAndFieldOrderByChangedAtDescIdDesc(society.getId(), OFFICERS_FIELD).stream()
                .filter(line -> holds(line.getOldValue(), role))
                .findFirst()
                .map(line -> LocalDate.ofInstant(line.getChangedAt(), EngineClock.INSTANCE.getZone()))
                .or(() -> Optional.ofNullable(society.getRegisteredOn()));
    }

    private static boolean holds(String officers, OfficerRole role) {
        return officers != null && Arrays.stream(officers.split("；"))
                .anyMatch(item -> item.strip().startsWith(role.chineseName() + " "));
    }
}
