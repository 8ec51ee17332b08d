package dev.okxtestkit.control;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.SimulationConfig;

/** The control contract in-process, without any server. */
class LocalOkxControlTest extends OkxControlContract {

  private final OkxSimulation simulation = new OkxSimulation(SimulationConfig.defaults());

  @Override
  protected OkxControl control() {
    return simulation.control();
  }

  @Override
  protected OkxSimulation simulation() {
    return simulation;
  }
}
