package dev.okxtestkit;

import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.control.OkxControlContract;

/** The control contract in-process, without any server. */
class SimulationControlTest extends OkxControlContract {

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
