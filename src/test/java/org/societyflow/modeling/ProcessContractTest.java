package org.societyflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.support.TestProcesses;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The process contract holds for every shipped model: what its expressions read is declared in
 * {@link ProcessVariables} (or is a bean, or the engine's), checked by the same {@link ModelRules} every deployment
 * passes; and a misspelt variable is refused with the element that reads it.
 */
class ProcessContractTest {

    /** The application's bean names (not the tests' fakes), as component scanning names them: what expressions may call. */
    static final Set<String> BEANS = beans();

    static Stream<Path> bpmnFiles() throws IOException {
        return ModelQualityTest.bpmnFiles();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyShippedModelReadsOnlyDeclaredVariables(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        assertThat(new ModelRules(BEANS::contains, Set.of()).check(file.getFileName().toString(), content))
                .extracting(ModelProblem::message).isEmpty();
        // a shipped model declares even what it sets itself (the Java side reads those as well)
        assertThat(VariableReads.defined(Bpmn.readModelFromStream(new ByteArrayInputStream(content))))
                .as("variables %s defines", file).isSubsetOf(ProcessVariables.names());
    }

    @Test
    void aMisspeltVariableIsRefusedWithTheElementThatReadsIt() {
        String model = TestProcesses.of("typo", "拼写错误", """
                <bpmn:startEvent id="Start" name="开始"/>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Filing"/>
                <bpmn:exclusiveGateway id="Filing" name="需要备案？"/>
                <bpmn:sequenceFlow id="ToFile" sourceRef="Filing" targetRef="File">
                  <bpmn:conditionExpression>${needFiling and decison == 'approve'}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Skip" sourceRef="Filing" targetRef="End">
                  <bpmn:conditionExpression>${!needsFiling}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:userTask id="File" name="备案" camunda:candidateGroups="society-${societyCod}"
                    camunda:dueDate="${deadlines.before(filingDue, 'change-filing-reminder')}"/>
                <bpmn:sequenceFlow id="F2" sourceRef="File" targetRef="End"/>
                <bpmn:endEvent id="End" name="结束"/>
                """);
        List<ModelProblem> problems = new ModelRules(Set.of("deadlines")::contains, Set.of())
                .check("typo.bpmn", model.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).extracting(ModelProblem::elementId).containsExactly("ToFile", "File");
        assertThat(problems.get(0).message()).contains("needFiling", "decison").doesNotContain("and ");
        assertThat(problems.get(1).message()).contains("societyCod", "“备案”（File）")
                .doesNotContain("filingDue", "deadlines", "change-filing-reminder");
    }

    @Test
    void namesTheModelOrItsFormsDefineAreNotTheContracts() {
        String model = TestProcesses.of("own", "自有变量", """
                <bpmn:startEvent id="Start" name="开始">
                  <bpmn:extensionElements><camunda:formData><camunda:formField id="due" type="date"/></camunda:formData></bpmn:extensionElements>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check"/>
                <bpmn:userTask id="Check" name="审核" camunda:candidateGroups="society-affairs" camunda:dueDate="${due}">
                  <bpmn:documentation>reads ${nothing}: documentation is not evaluated</bpmn:documentation>
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="local">${title}</camunda:inputParameter>
                    <camunda:outputParameter name="copied">${local}</camunda:outputParameter>
                  </camunda:inputOutput></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Check" targetRef="End">
                  <bpmn:conditionExpression>${copied != null and urgent and empty execution.variables and loopCounter ge 0}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:endEvent id="End" name="结束"/>
                """);
        ModelRules rules = new ModelRules(name -> false, ModelRules.formFields("""
                {"id":"f","components":[{"type":"group","components":[{"key":"urgent","type":"checkbox"}]}]}"""
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(rules.check("own.bpmn", model.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(new ModelRules(name -> false, Set.of()).check("own.bpmn", model.getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::elementId).containsExactly("F2");
    }

    @Test
    void literalsPropertiesMethodsAndKeywordsAreNotRead() {
        assertThat(VariableReads.roots("society-${societyCode} and #{a.b(c, 'd e', \"f\") ? g : h.i} ${now() lt x}"))
                .containsExactly("societyCode", "a", "c", "g", "h", "x");
        assertThat(VariableReads.roots("${s == '}' || t eq null}")).containsExactly("s", "t");
    }

    private static Set<String> beans() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        return scanner.findCandidateComponents("org.societyflow").stream()
                .filter(definition -> !String.valueOf(definition.getResourceDescription()).contains("test-classes"))
                .map(definition -> AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry))
                .collect(Collectors.toSet());
    }
}
