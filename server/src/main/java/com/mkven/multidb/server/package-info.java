package com.mkven.multidb.server;
