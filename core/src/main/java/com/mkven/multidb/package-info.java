/** MultiDB core: wire model, errors, validation, access control, planning, SQL IR and the engine. */
package com.mkven.multidb;
