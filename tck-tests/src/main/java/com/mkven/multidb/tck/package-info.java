package com.mkven.multidb.tck;
