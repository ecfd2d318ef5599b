package org.interdict.gazetteers;

/**
 * The fixed weapon categories of the output: the seven categories of the UN Register of
 * Conventional Arms, then the groups analysts track beyond it.
 */
public enum WeaponCategory {
    BATTLE_TANK, ARMOURED_COMBAT_VEHICLE, LARGE_CALIBRE_ARTILLERY, COMBAT_AIRCRAFT, ATTACK_HELICOPTER,
    WARSHIP,
    /** Missiles, rockets and their launchers (UN Register category VII). */
    MISSILE,
    /** Small arms and light weapons. */
    SMALL_ARMS,
    /** Ammunition and explosives. */
    AMMUNITION,
    /** Missile and rocket parts, engines, guidance, graphite and other missile-specific materials. */
    MISSILE_COMPONENT,
    RADAR_FIRE_CONTROL,
    /** Nuclear, chemical and biological weapons and the dual-use goods for them. */
    WMD_DUAL_USE,
    OTHER
}
