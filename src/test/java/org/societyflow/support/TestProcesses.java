package org.societyflow.support;

/** Small processes the integration tests deploy beside the shipped ones; without a diagram, which the engine needs not. */
public final class TestProcesses {

    private TestProcesses() {
    }

    /** The process {@code key} named {@code name}, of the given BPMN elements. */
    public static String of(String key, String name, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="30">
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, name, elements);
    }

    /** 学会部 checks (in the step named {@code checkName}), then leadership approves; {@code extra} elements beside them. */
    public static String twoSteps(String key, String checkName, String extra) {
        return of(key, "两步审批测试", """
                <bpmn:startEvent id="Start" name="开始"/>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check"/>
                <bpmn:userTask id="Check" name="%s" camunda:candidateGroups="society-affairs"/>
                <bpmn:sequenceFlow id="F2" sourceRef="Check" targetRef="Approve"/>
                <bpmn:userTask id="Approve" name="领导审批" camunda:candidateGroups="leadership"/>
                <bpmn:sequenceFlow id="F3" sourceRef="Approve" targetRef="End"/>
                <bpmn:endEvent id="End" name="结束"/>
                """.formatted(checkName) + extra);
    }
}
