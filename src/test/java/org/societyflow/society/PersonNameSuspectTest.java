package org.societyflow.society;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Which proposed names the findings call a suspected person's name, with the settings of application.yml. */
class PersonNameSuspectTest {

    private static final SocietyRules RULES = fromApplicationYml();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "—", value = {
            "武汉市张三学会, 张三",
            "武汉李四光研究会, 李四光",
            "欧阳修研究会, 欧阳修",
            "武汉市计算机学会, —",
            "武汉市人工智能学会, —",
            "武汉市王学会, —",
            "武汉市张家湾文化研究会, —",
            // a surname begins many disciplines: a suspicion for the reviewer, which is why it never refuses
            "武汉石油学会, 石油",
    })
    void aSurnameAndOneOrTwoCharactersLeftOfTheNameAreASuspect(String name, String suspect) {
        assertThat(RULES.personNameSuspect(name).orElse(null)).isEqualTo(suspect);
    }

    private static SocietyRules fromApplicationYml() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment).bind("societyflow.society-rules", SocietyRules.class).get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
