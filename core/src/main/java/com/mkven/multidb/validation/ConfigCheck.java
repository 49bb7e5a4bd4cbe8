package com.mkven.multidb.validation;

/** One group of config checks; it reports every problem it finds and never stops at the first. */
interface ConfigCheck {
    void check(ConfigLookup config, ConfigIssues issues);
}
