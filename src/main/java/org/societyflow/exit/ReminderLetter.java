package org.societyflow.exit;

import java.time.LocalDate;
import org.societyflow.society.Society;

/** The 致函提醒 letter, generated from the case: which indicators fired and by when the society must answer. */
final class ReminderLetter {

    private ReminderLetter() {
    }

    static String of(Society society, ExitCase exitCase, LocalDate sentOn, LocalDate due) {
        return society.getName() + "：\n\n"
                + "根据《社会组织登记管理机关行政执法约谈工作规定》和本会软弱涣散学会退出机制，经年度检查、换届和日常监管情况"
                + "综合研判，贵会存在以下问题：\n\n" + exitCase.getIndicators() + "\n\n"
                + "请贵会于 " + due + " 前，通过学会工作平台报送整改方案和整改报告（" + exitCase.getApplicationNo() + "）。"
                + "逾期未报送或整改不到位的，本会将约谈贵会负责人，并视情况上门现场办公；经整改仍无改善的，将按程序"
                + "启动退出机制。\n\n特此函告。\n\n武汉市科学技术协会学会部\n" + sentOn;
    }
}
