package org.societyflow.processtest;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.societyflow.workflow.Deadlines;

/**
 * The beans every process calls besides its own feature's service — deadlines, reminders, the review-opinion
 * recorder and the society-task guard — registered as Camunda mocks for one process test.
 */
public final class SharedBeans {

  public final Deadlines deadlines = ShippedDeadlines.load();
  public final FakeReminders reminders = new FakeReminders();
  public final FakeReviewOpinionRecorder opinions = new FakeReviewOpinionRecorder();
  public final FakeSocietyTaskGuard guard = new FakeSocietyTaskGuard();

  private SharedBeans() {
  }

  public static SharedBeans register() {
    SharedBeans beans = new SharedBeans();
    Mocks.register("deadlines", beans.deadlines);
    Mocks.register("reminders", beans.reminders);
    Mocks.register("reviewOpinionRecorder", beans.opinions);
    Mocks.register("societyTaskGuard", beans.guard);
    return beans;
  }
}
